CREATE INDEX agenda_items_list ON agenda_items (deleted_at, meeting_date, updated_at);

CREATE INDEX exchange_conflicts_open ON exchange_conflicts (resolved_at, kind, entity_id);

CREATE INDEX item_comments_item ON item_comments (item_id, created_at);

CREATE INDEX item_comments_parent ON item_comments (parent_id) WHERE parent_id IS NOT NULL;

CREATE INDEX item_preparers_person ON item_preparers (person_id);

CREATE INDEX item_review_events_item ON item_review_events (item_id, at);

CREATE INDEX meeting_sections_item ON meeting_sections (item_id);

CREATE UNIQUE INDEX meeting_sections_number ON meeting_sections (body_id, year, section_number) WHERE section_number IS NOT NULL;

CREATE UNIQUE INDEX meetings_body_year_number ON meetings (body_id, year, number) WHERE deleted_at IS NULL;

CREATE INDEX meetings_list ON meetings (year, date);

CREATE INDEX projects_live_list ON projects (
        deleted_at, name_sort, id,
        area, funder, grant_type, scope, status, granted_cents, total_budget_cents,
        start_date, end_date, responsible_person, report_due_date, updated_at
      );

CREATE INDEX projects_live_search ON projects (deleted_at, name_sort, id, search_text);

CREATE INDEX projects_period ON projects (start_date, end_date);

CREATE INDEX projects_sort_area ON projects (deleted_at, CASE WHEN area = 'varhaiskasvatus' THEN 0 WHEN area = 'perusopetus' THEN 1 WHEN area = 'lukiokoulutus' THEN 2 WHEN area = 'vapaa_sivistystyo' THEN 3 WHEN area = 'muu' THEN 4 ELSE 5 END, name_sort, id);

CREATE INDEX projects_sort_budget_asc ON projects (deleted_at, total_budget_cents IS NULL, total_budget_cents, name_sort, id);

CREATE INDEX projects_sort_budget_desc ON projects (deleted_at, total_budget_cents IS NULL, total_budget_cents DESC, name_sort DESC, id DESC);

CREATE INDEX projects_sort_end_asc ON projects (deleted_at, end_date IS NULL, end_date, name_sort, id);

CREATE INDEX projects_sort_end_desc ON projects (deleted_at, end_date IS NULL, end_date DESC, name_sort DESC, id DESC);

CREATE INDEX projects_sort_funder ON projects (deleted_at, CASE WHEN funder = 'OKM' THEN 0 WHEN funder = 'OPH' THEN 1 WHEN funder = 'AVI' THEN 2 WHEN funder = 'EU_ESR' THEN 3 WHEN funder = 'muu' THEN 4 ELSE 5 END, name_sort, id);

CREATE INDEX projects_sort_granted_asc ON projects (deleted_at, granted_cents IS NULL, granted_cents, name_sort, id);

CREATE INDEX projects_sort_granted_desc ON projects (deleted_at, granted_cents IS NULL, granted_cents DESC, name_sort DESC, id DESC);

CREATE INDEX projects_sort_responsible_asc ON projects (deleted_at, nullif(lower(responsible_person), '') IS NULL, nullif(lower(responsible_person), ''), name_sort, id);

CREATE INDEX projects_sort_responsible_desc ON projects (deleted_at, nullif(lower(responsible_person), '') IS NULL, nullif(lower(responsible_person), '') DESC, name_sort DESC, id DESC);

CREATE INDEX projects_sort_start_asc ON projects (deleted_at, start_date IS NULL, start_date, name_sort, id);

CREATE INDEX projects_sort_start_desc ON projects (deleted_at, start_date IS NULL, start_date DESC, name_sort DESC, id DESC);

CREATE INDEX projects_sort_status ON projects (deleted_at, CASE WHEN status = 'valmisteilla' THEN 0 WHEN status = 'haettu' THEN 1 WHEN status = 'myonnetty' THEN 2 WHEN status = 'kaynnissa' THEN 3 WHEN status = 'paattynyt' THEN 4 WHEN status = 'raportoitu' THEN 5 WHEN status = 'hylatty' THEN 6 ELSE 7 END, name_sort, id);

CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        title_sv TEXT NOT NULL DEFAULT '',
        case_number TEXT NOT NULL DEFAULT '',
        earlier_handling TEXT NOT NULL DEFAULT '',
        body_name TEXT NOT NULL DEFAULT '',
        meeting_date TEXT,
        meeting_number TEXT NOT NULL DEFAULT '',
        agenda_number INTEGER,
        section_number INTEGER,
        background TEXT NOT NULL CHECK (json_valid(background)),
        attachments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachments)),
        supplementary TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(supplementary)),
        presenter_title TEXT NOT NULL DEFAULT '',
        presenter_name TEXT NOT NULL DEFAULT '',
        proposal TEXT NOT NULL CHECK (json_valid(proposal)),
        decision TEXT CHECK (decision IS NULL OR json_valid(decision)),
        for_information TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(for_information)),
        implementation TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(implementation)),
        publicity TEXT NOT NULL CHECK (json_valid(publicity)),
        status TEXT NOT NULL CHECK (status IN ('luonnos', 'tarkastettavana', 'palautettu', 'hyvaksytty', 'esityslistalla', 'kasitelty', 'tarkastettu', 'julkaistu')),
        search_text TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      , appeal TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(appeal)), proposal_sv TEXT CHECK (proposal_sv IS NULL OR json_valid(proposal_sv)), decision_sv TEXT CHECK (decision_sv IS NULL OR json_valid(decision_sv)), year_to_check INTEGER CHECK (year_to_check IS NULL OR year_to_check BETWEEN 1900 AND 2200)) STRICT;

CREATE TABLE appeal_texts (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('oikaisuvaatimus', 'kunnallisvalitus', 'hallintovalitus', 'ei_muutoksenhakua', 'muu')),
      name TEXT NOT NULL,
      text TEXT NOT NULL CHECK (json_valid(text)),
      sort_order INTEGER NOT NULL DEFAULT 0,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    , body_id TEXT REFERENCES bodies (id)) STRICT;

CREATE TABLE bodies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_sv TEXT NOT NULL DEFAULT '',
        default_place TEXT NOT NULL DEFAULT '',
        term_start TEXT,
        term_end TEXT,
        members TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(members) AND json_type(members) = 'array'),
        others TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(others) AND json_type(others) = 'array'),
        section_starts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(section_starts) AND json_type(section_starts) = 'object'),
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

CREATE TABLE exchange_bases (
        kind TEXT NOT NULL CHECK (kind IN ('project', 'person', 'body', 'appealText', 'item', 'meeting')),
        entity_id TEXT NOT NULL,
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        at TEXT NOT NULL,
        PRIMARY KEY (kind, entity_id)
      ) STRICT;

CREATE TABLE exchange_conflicts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('project', 'person', 'body', 'appealText', 'item', 'meeting')),
        entity_id TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        local_hash TEXT NOT NULL,
        incoming_hash TEXT NOT NULL,
        incoming TEXT NOT NULL CHECK (json_valid(incoming)),
        file_name TEXT NOT NULL DEFAULT '',
        received_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT CHECK (resolution IS NULL OR resolution IN ('local', 'incoming'))
      ) STRICT;

CREATE TABLE import_batches (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('projects')),
        file_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT NOT NULL DEFAULT '',
        report TEXT NOT NULL CHECK (json_valid(report)),
        undo TEXT NOT NULL CHECK (json_valid(undo) AND json_type(undo) = 'array'),
        undone_at TEXT
      ) STRICT;

CREATE TABLE item_comments (
        id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        parent_id TEXT REFERENCES item_comments (id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('title', 'background', 'proposal', 'decision')),
        quote TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL CHECK (length(trim(body)) > 0),
        author_id TEXT,
        author_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by_id TEXT,
        resolved_by_name TEXT,
        source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'word')),
        updated_at TEXT NOT NULL
      ) STRICT;

CREATE TABLE item_preparers (
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        PRIMARY KEY (item_id, person_id)
      ) STRICT;

CREATE TABLE item_review_events (
        id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('sent', 'returned', 'approved', 'reopened', 'wordImported')),
        actor_id TEXT,
        actor_name TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL CHECK (version >= 1)
      ) STRICT;

CREATE TABLE "item_versions" (
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        reason TEXT NOT NULL CHECK (reason IN ('create', 'update', 'status', 'decision', 'delete', 'restore', 'restoreVersion', 'wordImport')),
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        author_id TEXT,
        author_name TEXT NOT NULL DEFAULT '',
        summary TEXT CHECK (summary IS NULL OR json_valid(summary)),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (item_id, version)
      ) STRICT;

CREATE TABLE item_views (
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        previous_version INTEGER CHECK (previous_version IS NULL OR previous_version >= 1),
        seen_at TEXT NOT NULL,
        PRIMARY KEY (item_id, person_id)
      ) STRICT;

CREATE TABLE meeting_sections (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL REFERENCES agenda_items (id),
        body_id TEXT NOT NULL REFERENCES bodies (id),
        year INTEGER NOT NULL,
        position INTEGER NOT NULL CHECK (position >= 0),
        section_number INTEGER CHECK (section_number IS NULL OR section_number >= 1),
        standard_kind TEXT CHECK (standard_kind IS NULL OR standard_kind IN ('avaus', 'laillisuus', 'tarkastajat', 'tyojarjestys', 'ilmoitusasiat', 'viranhaltijapaatokset', 'muut_asiat')),
        handling TEXT NOT NULL CHECK (json_valid(handling) AND json_type(handling) = 'object'),
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('hyvaksytty', 'hyvaksytty_muutettuna', 'pantiin_poydalle', 'palautettiin_valmisteluun', 'poistettiin_esityslistalta', 'merkittiin_tiedoksi')),
        handling_text TEXT CHECK (handling_text IS NULL OR json_valid(handling_text)),
        outcome_decision TEXT CHECK (outcome_decision IS NULL OR json_valid(outcome_decision)),
        updated_at TEXT NOT NULL,
        UNIQUE (meeting_id, item_id)
      ) STRICT;

CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        body_id TEXT NOT NULL REFERENCES bodies (id),
        body_name TEXT NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        number INTEGER NOT NULL CHECK (number >= 1),
        date TEXT NOT NULL,
        start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('suunniteltu', 'esityslista_lahetetty', 'kokouksessa', 'paattynyt', 'tarkastettu', 'julkaistu')),
        attendees TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees) AND json_type(attendees) = 'array'),
        events TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(events) AND json_type(events) = 'array'),
        chair_id TEXT,
        secretary_id TEXT,
        checker_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(checker_ids) AND json_type(checker_ids) = 'array'),
        minutes_checked TEXT CHECK (minutes_checked IS NULL OR json_valid(minutes_checked)),
        public_display TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0
      , updated_at TEXT NOT NULL DEFAULT '', role TEXT CHECK (role IS NULL OR role IN ('valmistelija', 'esittelija', 'poytakirjanpitaja')), deputy_presenter INTEGER NOT NULL DEFAULT 0 CHECK (deputy_presenter IN (0, 1))) STRICT;

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
      , updated_at TEXT NOT NULL DEFAULT '') STRICT;
