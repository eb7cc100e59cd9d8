CREATE INDEX projects_live_name ON projects (deleted_at, name_sort);

CREATE INDEX projects_period ON projects (start_date, end_date);

CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        name_fi TEXT NOT NULL,
        name_sv TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL,
        name_sort TEXT NOT NULL,
        area TEXT NOT NULL,
        funder TEXT NOT NULL,
        grant_type TEXT NOT NULL,
        call_name TEXT NOT NULL DEFAULT '',
        granted_cents INTEGER CHECK (granted_cents >= 0),
        own_share_kind TEXT NOT NULL DEFAULT 'percent' CHECK (own_share_kind IN ('percent', 'euros')),
        own_share_value INTEGER CHECK (own_share_value >= 0),
        total_budget_cents INTEGER CHECK (total_budget_cents >= 0),
        start_date TEXT,
        end_date TEXT,
        partnership INTEGER NOT NULL DEFAULT 0 CHECK (partnership IN (0, 1)),
        scope TEXT NOT NULL,
        partners TEXT NOT NULL DEFAULT '[]',
        responsible_person TEXT NOT NULL DEFAULT '',
        coordinator TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,
        decision_number TEXT NOT NULL DEFAULT '',
        decision_date TEXT,
        report_due_date TEXT,
        description TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
