import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../http/command-origin.decorator';
import { CaseResponseHeaders } from '../http/case-response-headers.interceptor';
import { CaseCommandSender } from './case-command.sender';
import { AddNoteRequest, ResolveCaseRequest } from './dto';

/** Notes and the case's resolution. */
@ApiTags('cases')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CaseClosingHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('notes')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a note, firm-private unless visibility is "shared" (allowed on resolved cases too)' })
  addNote(@Param('caseId') caseId: string, @Body() body: AddNoteRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    const noteId = this.sender.newId();
    const data = { noteId, text: body.text, visibility: body.visibility ?? 'firm' };
    return this.sender.send(caseId, { type: 'AddNote', data }, origin, { noteId });
  }

  @Post('resolution')
  @HttpCode(201)
  @ApiOperation({ summary: 'Resolve the case: repurchase, replacement, settlement or withdrawn; no changes after that' })
  resolve(@Param('caseId') caseId: string, @Body() body: ResolveCaseRequest, @CommandOriginParam() origin: CommandRequestOrigin) {
    return this.sender.send(caseId, { type: 'ResolveCase', data: { ...body } }, origin);
  }
}
