import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { IdentityService, type Principal } from '@lemon/access';
import {
  buildDocument,
  DOCUMENT_KINDS,
  DOCUMENT_TITLES,
  gatherPaperworkFacts,
  missingFor,
  TEMPLATE_VERSIONS,
  type DocumentKind,
  type DocumentRequestOptions,
  type PaperworkFacts,
} from '@lemon/documents';
import { DomainError, type DocumentFormat, type DocumentGenerated } from '@lemon/domain';
import { ExecuteCaseCommand, type CommandOrigin } from '../commands/execute-case-command';
import { PaperworkCaseReader } from './paperwork-case.reader';
import { ProfileService } from './profile.service';

export interface GeneratedDocument {
  body: Buffer;
  contentType: string;
  fileName: string;
  sha256: string;
  documentId: string;
  caseVersion: number;
  version: number;
}

/** A generated document made again: the same bytes, or why they cannot be made. */
export type ReproducedDocument =
  | { outcome: 'reproduced'; document: Omit<GeneratedDocument, 'version'> }
  | { outcome: 'not_found' }
  | { outcome: 'not_reproducible'; reason: string; recorded: DocumentGenerated['data'] };

const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Letters, packets and exhibits from the case file: what can be made now, and making it. */
@Injectable()
export class DocumentService {
  constructor(
    private readonly reader: PaperworkCaseReader,
    private readonly profiles: ProfileService,
    private readonly identity: IdentityService,
    private readonly commandBus: CommandBus,
  ) {}

  /** The case's facts up to `upToVersion` (default: all), signed by `signerUserId` (default: the caller). */
  private async facts(
    principal: Principal,
    caseId: string,
    asOf: string | undefined,
    upToVersion?: number,
    options?: DocumentRequestOptions,
    signerUserId: string | undefined = principal.userId,
  ) {
    const read = await this.reader.read(principal, caseId, 'read', { firmOnly: true, upToVersion });
    const organisation = await this.identity.organisation(principal.organisationId);
    const profile = await this.profiles.organisationProfile(principal.organisationId);
    const user = signerUserId === undefined ? undefined : await this.identity.user(signerUserId);
    const signature = user ? await this.profiles.userSignature(user.id) : { signatureLines: [], barNumber: null };
    const facts = gatherPaperworkFacts({
      envelopes: read.envelopes,
      asOf: asOf ?? this.reader.today(),
      caseVersion: read.version,
      organisation: {
        name: organisation?.name ?? 'Law firm',
        address: profile.address ?? undefined,
        phone: profile.phone ?? undefined,
        barNumber: profile.barNumber ?? undefined,
      },
      signer: user
        ? {
            name: user.name,
            email: user.email ?? undefined,
            barNumber: signature.barNumber ?? undefined,
            signatureLines: signature.signatureLines,
          }
        : null,
      options,
    });
    if (!facts) throw new DomainError('case_not_found', `case ${caseId} does not exist`);
    return { facts, version: read.version };
  }

  async list(principal: Principal, caseId: string, asOf?: string) {
    const { facts, version } = await this.facts(principal, caseId, asOf);
    const kinds = DOCUMENT_KINDS.map((kind) => {
      const missing = missingFor(kind, facts);
      return {
        kind,
        title: DOCUMENT_TITLES[kind],
        templateVersion: TEMPLATE_VERSIONS[kind],
        available: missing.length === 0,
        missing,
        formats: ['docx', 'pdf'],
      };
    });
    return {
      caseId,
      caseVersion: version,
      asOf: facts.input.asOf,
      available: kinds.filter((k) => k.available),
      unavailable: kinds.filter((k) => !k.available),
      kinds,
    };
  }

  async generate(
    principal: Principal,
    origin: CommandOrigin,
    caseId: string,
    request: { kind: DocumentKind; format: DocumentFormat; asOf?: string; caseVersion?: number; options?: DocumentRequestOptions },
  ): Promise<GeneratedDocument> {
    // Generating records an event: the caller must be allowed to write to the case.
    await this.reader.read(principal, caseId, 'write', { firmOnly: true });
    const { facts, version } = await this.facts(principal, caseId, request.asOf, request.caseVersion, request.options);
    if (request.caseVersion !== undefined && version < request.caseVersion) {
      throw new DomainError(
        'rule_violation',
        `the case has no version ${request.caseVersion} yet (it is at ${version})`,
        'options.caseVersion',
      );
    }
    const missing = missingFor(request.kind, facts);
    if (missing.length > 0) {
      throw new DomainError('rule_violation', `cannot generate ${request.kind} yet: ${missing.join('; ')}`, 'kind');
    }
    const { model, body, sha256 } = await this.render(request.kind, request.format, facts as PaperworkFacts);
    const documentId = randomUUID();
    const fileName = `${model.fileBaseName}.${request.format}`;
    const result = await this.commandBus.execute(
      new ExecuteCaseCommand(
        caseId,
        {
          type: 'RecordDocumentGenerated',
          data: {
            documentId,
            kind: request.kind,
            templateVersion: model.templateVersion,
            format: request.format,
            sha256,
            caseVersion: version,
            asOf: facts.input.asOf,
            fileName,
            ...(recordedOptions(request.options) ? { options: recordedOptions(request.options) } : {}),
          },
        },
        origin,
      ),
    );
    return {
      body,
      contentType: CONTENT_TYPES[request.format],
      fileName,
      sha256,
      documentId,
      caseVersion: version,
      version: result.version,
    };
  }

  /**
   * The generated document `documentId` made again, byte for byte: from the events up to the case
   * version it was made from, with its kind, format, date and options, signed by whoever generated
   * it. When the bytes differ from the hash recorded then (a new template, a changed letterhead,
   * signer name or signature), it says so instead of handing over another document.
   */
  async reproduce(principal: Principal, caseId: string, documentId: string): Promise<ReproducedDocument> {
    const read = await this.reader.read(principal, caseId, 'read', { firmOnly: true });
    const generation = read.envelopes.find(
      (e): e is typeof e & { event: DocumentGenerated } => e.event.type === 'DocumentGenerated' && e.event.data.documentId === documentId,
    );
    if (!generation) return { outcome: 'not_found' };
    const recorded = generation.event.data;
    const kind = recorded.kind as DocumentKind;
    const notReproducible = (reason: string) => ({ outcome: 'not_reproducible', reason, recorded }) as const;
    if (TEMPLATE_VERSIONS[kind] !== recorded.templateVersion)
      return notReproducible(
        `it was made with the template ${recorded.templateVersion}, which is now ${TEMPLATE_VERSIONS[kind] ?? 'retired'}: generate it again to get the current wording`,
      );
    const { facts } = await this.facts(
      principal,
      caseId,
      recorded.asOf,
      recorded.caseVersion,
      recorded.options,
      read.recordedBy.get(generation.eventId),
    );
    if (missingFor(kind, facts).length > 0)
      return notReproducible(`the file no longer gives what it needs: ${missingFor(kind, facts).join('; ')}`);
    const { body, sha256 } = await this.render(kind, recorded.format, facts as PaperworkFacts);
    if (sha256 !== recorded.sha256)
      return notReproducible(
        'the letterhead, the signer’s name or signature block, or a directory address it prints changed since it was generated, so the same bytes cannot be made: generate a new one',
      );
    return {
      outcome: 'reproduced',
      document: {
        body,
        contentType: CONTENT_TYPES[recorded.format],
        fileName: recorded.fileName,
        sha256,
        documentId,
        caseVersion: recorded.caseVersion,
      },
    };
  }

  private async render(kind: DocumentKind, format: DocumentFormat, facts: PaperworkFacts) {
    const model = buildDocument(kind, facts);
    // The renderers (docx, pdfmake with its font metrics) load on first use, not at start-up.
    const body =
      format === 'docx'
        ? await (require('./render-docx') as typeof import('./render-docx')).renderDocx(model)
        : await (require('./render-pdf') as typeof import('./render-pdf')).renderPdf(model);
    return { model, body, sha256: createHash('sha256').update(body).digest('hex') };
  }
}

/** The options worth recording: only those given (absent ones are the defaults). */
const recordedOptions = (options: DocumentRequestOptions | undefined): DocumentGenerated['data']['options'] => {
  const given = Object.fromEntries(Object.entries(options ?? {}).filter(([, value]) => value !== undefined));
  return Object.keys(given).length > 0 ? given : undefined;
};
