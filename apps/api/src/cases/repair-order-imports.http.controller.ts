import {
  BadRequestException,
  Controller,
  HttpStatus,
  Param,
  Post,
  Query,
  Req,
  Res,
  UnprocessableEntityException,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { Principal } from '@lemon/access';
import { ImportRowsRefused, RepairOrderImportService, UnreadableImportFile } from '@lemon/cases';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { commandOriginOf } from '../http/command-origin.decorator';
import { AcceptsBody } from '../http/json-body.interceptor';
import { caseIdParam, etag } from '../http/request-context';
import { IsOmittable } from '../validation';

/** Files up to 8 MB: 10,000 repair orders of a few hundred bytes each. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

export class ImportRepairOrdersQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Check every row and answer what would be recorded; record nothing.' })
  @IsOmittable()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Create a nonconformity for a defect description the case does not have yet.',
  })
  @IsOmittable()
  @IsIn(['true', 'false'])
  createMissingDefects?: 'true' | 'false';
}

@ApiTags('repair history')
@Controller('cases/:caseId/imports')
export class RepairOrderImportsHttpController {
  constructor(private readonly imports: RepairOrderImportService) {}

  @Post('repair-orders')
  @AcceptsBody('text/csv', 'application/csv', 'text/plain', 'multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  @ApiConsumes('text/csv', 'multipart/form-data')
  @ApiOperation({
    summary:
      'Import repair orders from CSV (text/csv body, or multipart field "file"): ?dryRun=true answers row by row; any refused row records nothing (422 with row, column, message); the same file again records nothing',
  })
  async importRepairOrders(
    @Param('caseId') rawCaseId: string,
    @Query() query: ImportRepairOrdersQuery,
    @UploadedFile() upload: { buffer: Buffer } | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const caseId = caseIdParam(rawCaseId);
    const file = upload?.buffer ?? (Buffer.isBuffer(request.body) ? request.body : undefined);
    if (!file) {
      throw new BadRequestException({
        message: 'send the CSV as the request body with Content-Type: text/csv, or as multipart/form-data in the field "file"',
        errors: [{ field: 'file', messages: ['a CSV file is required'] }],
      });
    }
    // PostgreSQL cannot store U+0000 (UTF-8 decoding leaves no lone surrogates): refuse it here, not as a 500 later.
    if (file.includes(0)) {
      throw new BadRequestException({
        message: 'the file contains a NUL character, which cannot be stored',
        code: 'validation_failed',
        errors: [{ field: 'file', messages: ['the file contains a NUL character (\\u0000), which cannot be stored'] }],
      });
    }
    try {
      const report = await this.imports.import(principal, commandOriginOf(request), caseId, file, {
        dryRun: query.dryRun === 'true',
        createMissingDefects: query.createMissingDefects === 'true',
      });
      response.setHeader('ETag', etag(report.version));
      response.status(!report.dryRun && report.summary.events > 0 ? HttpStatus.CREATED : HttpStatus.OK);
      return report;
    } catch (error) {
      if (error instanceof UnreadableImportFile) {
        throw new BadRequestException({
          message: error.message,
          code: 'unreadable_file',
          errors: [{ field: error.field, messages: [error.message] }],
        });
      }
      if (error instanceof ImportRowsRefused) {
        throw new UnprocessableEntityException({
          message: error.message,
          code: 'import_refused',
          fileSha256: error.fileSha256,
          errors: error.problems.map((p) => ({
            row: p.row,
            column: p.column ?? null,
            message: p.message,
            field: `rows[${p.row}]${p.column ? `.${p.column}` : ''}`,
            messages: [p.message],
          })),
        });
      }
      throw error;
    }
  }
}
