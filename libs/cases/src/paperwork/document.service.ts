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
import { DomainError, type DocumentFormat } from '@lemon/domain';
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

  private async facts(
    principal: Principal,
    caseId: string,
    asOf: string | undefined,
    upToVersion?: number,
    options?: DocumentRequestOptions,
  ) {
    const read = await this.reader.read(principal, caseId, upToVersion === undefined ? 'read' : 'read', { firmOnly: true, upToVersion });
    const organisation = await this.identity.organisation(principal.organisationId);
    const profile = await this.profiles.organisationProfile(principal.organisationId);
    const user = await this.identity.user(principal.userId);
    const signature = await this.profiles.userSignature(principal.userId);
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
    const model = buildDocument(request.kind, facts as PaperworkFacts);
    // The renderers (docx, pdfmake with its font metrics) load on first use, not at start-up.
    const body =
      request.format === 'docx'
        ? await (require('./render-docx') as typeof import('./render-docx')).renderDocx(model)
        : await (require('./render-pdf') as typeof import('./render-pdf')).renderPdf(model);
    const sha256 = createHash('sha256').update(body).digest('hex');
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
}
