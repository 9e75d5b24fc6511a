import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { VoidNoteRequest } from './void-note.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class VoidNoteHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('notes/:noteId/void')
  @HttpCode(201)
  @ApiOperation({ summary: 'Void a note written in error (with a reason); it stays in the history, marked void' })
  handle(
    @Param('caseId') caseId: string,
    @Param('noteId') noteId: string,
    @Body() body: VoidNoteRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(caseId, { type: 'VoidNote', data: { noteId, reason: body.reason } }, origin, { noteId });
  }
}
