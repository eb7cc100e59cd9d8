// meetings:exportAgenda, meetings:exportMinutes, meetings:exportExtract: gather a meeting's
// documents' inputs from the database (the meeting, its sections in order, each item as the item
// export reads it, preparers, the body's appeal texts, settings) and hand them to the pure Word
// export in electron/export. The Käsittely printed is the secretary's edited text, else the one
// written from the handling record (shared/format/handling-text.ts), as the session screen shows.
import { docxMimeType, exportMeetingAgenda, exportMeetingExtract, exportMeetingMinutes, extractFileName, meetingFileName, printedDecision } from '../../export/index';
import type { ExtractCertifier, MeetingDocumentInput, MeetingDocumentSection } from '../../export/index';
import type { Person } from '../../../shared/domain/item';
import type { Meeting, MeetingSection } from '../../../shared/domain/meeting';
import { ServiceError } from '../../../shared/errors';
import { todayIso } from '../../../shared/format/date';
import { sectionHandlingText } from '../../../shared/format/handling-text';
import { meetingDocuments as words } from '../../../shared/i18n/fi/meeting-documents';
import type { ExportFile } from '../../../shared/ipc/define';
import { listAppealTexts } from '../../../db/repositories/appeal-texts-repository';
import { listPeople } from '../../../db/repositories/people-repository';
import * as meetingsRepo from '../../../db/repositories/meetings-repository';
import type { HandlerFactory } from '../handler-factories';
import { exportAuthor } from '../items/item-export';
import { ItemService } from '../items/item-service';
import type { ServiceDeps } from '../service-deps';
import { readOrganisationSettings } from '../settings/settings-service';
import { earlierHandlingBefore, handlingLineOf } from './meeting-items';
import { meetingNotFound } from './meeting-service';

function toFile(fileName: string, bytes: Uint8Array): ExportFile {
  return { fileName, mimeType: docxMimeType, dataBase64: Buffer.from(bytes).toString('base64') };
}

function sectionNotFound(id: string): ServiceError {
  return new ServiceError('NOT_FOUND', `No meeting section ${id}`, [{ path: 'sectionId', message: 'meetingDocuments.error.sectionNotFound' }]);
}

/** The extract is certified by the meeting's secretary, on the day it is made. */
function certifierOf(meeting: Meeting, today: string): ExtractCertifier {
  const secretary = meeting.attendees.find((attendee) => attendee.id === meeting.secretaryId);
  const title = secretary ? secretary.title.trim() || words.role[secretary.role] : '';
  return { name: secretary?.name ?? '', title, date: today };
}

export class MeetingExportService {
  constructor(private readonly deps: ServiceDeps) {}

  private async meeting(id: string): Promise<{ meeting: Meeting; sections: MeetingSection[] }> {
    const meeting = await meetingsRepo.getMeeting(this.deps.db, id);
    if (!meeting) throw meetingNotFound(id);
    return { meeting, sections: await meetingsRepo.listSections(this.deps.db, id) };
  }

  /** Each section with its item as the item export reads it, its preparers, its Käsittely and its decision. */
  private async documentSections(meeting: Meeting, sections: readonly MeetingSection[], only?: string): Promise<MeetingDocumentSection[]> {
    const items = new ItemService(this.deps);
    const people = new Map((await listPeople(this.deps.db)).map((person) => [person.id, person]));
    const out: MeetingDocumentSection[] = [];
    for (const section of sections) {
      if (only !== undefined && section.id !== only) continue;
      const stored = await items.get(section.itemId);
      const item = { ...stored, earlierHandling: earlierHandlingBefore(stored.earlierHandling, handlingLineOf(meeting, section)) };
      out.push({
        sectionId: section.id,
        position: section.position,
        sectionNumber: section.sectionNumber,
        standardKind: section.standardKind,
        outcome: section.outcome,
        item,
        preparers: item.preparerIds.map((personId) => people.get(personId)).filter((person): person is Person => person !== undefined),
        handling: sectionHandlingText(meeting, sections, section),
        decision: printedDecision(section, item),
      });
    }
    return out;
  }

  private async input(id: string): Promise<MeetingDocumentInput> {
    const { meeting, sections } = await this.meeting(id);
    const settings = await readOrganisationSettings(this.deps.db);
    return {
      settings,
      meeting,
      sections: await this.documentSections(meeting, sections),
      appealTexts: await listAppealTexts(this.deps.db),
      author: exportAuthor(settings),
    };
  }

  async exportAgenda(id: string): Promise<ExportFile> {
    const input = await this.input(id);
    return toFile(meetingFileName(input.meeting, 'agenda'), await exportMeetingAgenda(input));
  }

  async exportMinutes(id: string): Promise<ExportFile> {
    const input = await this.input(id);
    return toFile(meetingFileName(input.meeting, 'minutes'), await exportMeetingMinutes(input));
  }

  async exportExtract(sectionId: string): Promise<ExportFile> {
    const stored = await meetingsRepo.getSection(this.deps.db, sectionId);
    if (!stored) throw sectionNotFound(sectionId);
    const { meeting, sections } = await this.meeting(stored.meetingId);
    const [section] = await this.documentSections(meeting, sections, sectionId);
    if (!section) throw sectionNotFound(sectionId);
    const settings = await readOrganisationSettings(this.deps.db);
    const bytes = await exportMeetingExtract({
      settings,
      meeting,
      section,
      appealTexts: await listAppealTexts(this.deps.db),
      certifier: certifierOf(meeting, todayIso(this.deps.now())),
      author: exportAuthor(settings),
    });
    return toFile(extractFileName(meeting, section.sectionNumber, section.item.title), bytes);
  }
}

export const meetingExportHandlers: HandlerFactory = (deps) => {
  const service = () => new MeetingExportService(deps());
  return {
    'meetings:exportAgenda': ({ id }) => service().exportAgenda(id),
    'meetings:exportMinutes': ({ id }) => service().exportMinutes(id),
    'meetings:exportExtract': ({ sectionId }) => service().exportExtract(sectionId),
  };
};
