import { ConflictException, Controller, Get, NotFoundException, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Principal } from '@lemon/access';
import { DocumentService } from '@lemon/cases';
import type { Response } from 'express';
import { AuditedCaseRead } from '../../auth/audit-case-read.interceptor';
import { CurrentPrincipal } from '../../auth/auth.decorators';
import { caseIdParam } from '../../http/request-context';

/**
 * A document generated earlier, downloaded again: made anew from what its DocumentGenerated event
 * recorded and checked against the hash recorded then. Reading it records nothing: it is the same
 * document, not a new one.
 */
@ApiTags('documents')
@Controller('cases/:caseId/documents')
export class DownloadGeneratedDocumentHttpController {
  constructor(private readonly documents: DocumentService) {}

  @Get(':documentId')
  @AuditedCaseRead()
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf')
  @ApiOperation({
    summary:
      'Download a generated document again, byte for byte: made from the same case version, date, kind, format, options and signer, and checked against the SHA-256 recorded when it was generated (X-Document-Sha256). 409 document_not_reproducible, with the reason, when the same bytes can no longer be made (a new template, a changed letterhead or signature)',
  })
  async handle(
    @Param('caseId') rawCaseId: string,
    @Param('documentId') documentId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const caseId = caseIdParam(rawCaseId);
    const result = await this.documents.reproduce(principal, caseId, documentId);
    if (result.outcome === 'not_found')
      throw new NotFoundException({ message: `no document ${documentId} was generated for case ${caseId}`, code: 'not_found' });
    if (result.outcome === 'not_reproducible')
      throw new ConflictException({
        message: `${result.recorded.fileName} cannot be downloaded again: ${result.reason}`,
        code: 'document_not_reproducible',
        recordedSha256: result.recorded.sha256,
      });
    const doc = result.document;
    response.setHeader('Content-Type', doc.contentType);
    response.setHeader('Content-Disposition', `attachment; filename="${doc.fileName}"`);
    response.setHeader('X-Document-Id', doc.documentId);
    response.setHeader('X-Document-Sha256', doc.sha256);
    response.setHeader('X-Document-Case-Version', String(doc.caseVersion));
    return new StreamableFile(doc.body);
  }
}
