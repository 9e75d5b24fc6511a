import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Principal } from '@lemon/access';
import { DocumentService } from '@lemon/cases';
import { DOCUMENT_KINDS, type DocumentKind } from '@lemon/documents';
import { DOCUMENT_FORMATS, type DocumentFormat } from '@lemon/domain';
import type { Request, Response } from 'express';
import { AuditedCaseRead } from '../auth/audit-case-read.interceptor';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { commandOriginOf } from '../http/command-origin.decorator';
import { caseIdParam, etag } from '../http/request-context';
import { IsLegalDate, IsOmittable, LEGAL_DATE_PATTERN_SOURCE } from '../validation';
import { IsString, MaxLength } from 'class-validator';

export class DocumentOptionsRequest {
  @ApiPropertyOptional({
    enum: ['repurchase', 'replacement'],
    description: 'Demand letter and BBB packet: the relief sought (default repurchase).',
  })
  @IsOmittable()
  @IsIn(['repurchase', 'replacement'])
  relief?: 'repurchase' | 'replacement';

  @ApiPropertyOptional({ description: 'Restitution: the nonconformity whose first repair visit ends the offset mileage.' })
  @IsOmittable()
  @IsString()
  @MaxLength(100)
  nonconformityId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    description:
      'Produce the document from the events up to this case version (a DocumentGenerated event records the version each file was made from).',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  caseVersion?: number;
}

export class GenerateDocumentRequest {
  @ApiProperty({ enum: [...DOCUMENT_KINDS], example: 'manufacturer_notice' })
  @IsIn(DOCUMENT_KINDS)
  kind: DocumentKind;

  @ApiProperty({ enum: [...DOCUMENT_FORMATS], example: 'docx' })
  @IsIn(DOCUMENT_FORMATS)
  format: DocumentFormat;

  @ApiPropertyOptional({
    description: 'The letter date and the date facts are counted to (default today).',
    format: 'date',
    pattern: LEGAL_DATE_PATTERN_SOURCE,
  })
  @IsOmittable()
  @IsLegalDate()
  asOf?: string;

  @ApiPropertyOptional({ type: () => DocumentOptionsRequest })
  @IsOmittable()
  @ValidateNested()
  @Type(() => DocumentOptionsRequest)
  options?: DocumentOptionsRequest;
}

export class ListDocumentsRequest {
  @ApiPropertyOptional({ format: 'date', pattern: LEGAL_DATE_PATTERN_SOURCE })
  @IsOmittable()
  @IsLegalDate()
  asOf?: string;
}

/** Letters, packets and exhibits generated from the case file (DOCX via `docx`, PDF via `pdfmake`). */
@ApiTags('documents')
@Controller('cases/:caseId/documents')
export class DocumentsHttpController {
  constructor(private readonly documents: DocumentService) {}

  @Get()
  @AuditedCaseRead()
  @ApiOperation({ summary: 'Which documents can be generated now, and for the others what is missing' })
  list(@Param('caseId') rawCaseId: string, @Query() query: ListDocumentsRequest, @CurrentPrincipal() principal: Principal) {
    return this.documents.list(principal, caseIdParam(rawCaseId), query.asOf);
  }

  @Post()
  @HttpCode(201)
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf')
  @ApiOperation({
    summary:
      'Generate a document (notice, final repair request, BBB AUTO LINE packet, repair chronology, demand letter) as DOCX or PDF; records DocumentGenerated (kind, template version, format, SHA-256, case version)',
  })
  async generate(
    @Param('caseId') rawCaseId: string,
    @Body() body: GenerateDocumentRequest,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { expectedVersion: _ignored, ...origin } = commandOriginOf(request);
    const doc = await this.documents.generate(principal, origin, caseIdParam(rawCaseId), {
      kind: body.kind,
      format: body.format,
      asOf: body.asOf,
      caseVersion: body.options?.caseVersion,
      options: { relief: body.options?.relief, nonconformityId: body.options?.nonconformityId },
    });
    response.setHeader('Content-Type', doc.contentType);
    response.setHeader('Content-Disposition', `attachment; filename="${doc.fileName}"`);
    response.setHeader('X-Document-Id', doc.documentId);
    response.setHeader('X-Document-Sha256', doc.sha256);
    response.setHeader('X-Document-Case-Version', String(doc.caseVersion));
    response.setHeader('ETag', etag(doc.version));
    return new StreamableFile(doc.body);
  }
}
