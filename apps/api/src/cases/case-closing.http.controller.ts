import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CaseCommandSender } from './case-command.sender';
import { AddNoteRequest, ResolveCaseRequest } from './dto';

/** Notes and the case's resolution. */
@ApiTags('cases')
@Controller('cases/:caseId')
export class CaseClosingHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('notes')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a note (allowed on resolved cases too)' })
  addNote(@Param('caseId') caseId: string, @Body() body: AddNoteRequest, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const noteId = this.sender.newId();
    return this.sender.send(caseId, { type: 'AddNote', data: { noteId, text: body.text } }, req, res, { noteId });
  }

  @Post('resolution')
  @HttpCode(201)
  @ApiOperation({ summary: 'Resolve the case: repurchase, replacement, settlement or withdrawn; no changes after that' })
  resolve(
    @Param('caseId') caseId: string,
    @Body() body: ResolveCaseRequest,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    return this.sender.send(caseId, { type: 'ResolveCase', data: { ...body } }, req, res);
  }
}
