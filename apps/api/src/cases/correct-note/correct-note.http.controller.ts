import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CommandOriginParam, type CommandRequestOrigin } from '../../http/command-origin.decorator';
import { CaseResponseHeaders } from '../../http/case-response-headers.interceptor';
import { CaseCommandSender } from '../case-command.sender';
import { CorrectNoteRequest } from './correct-note.request.dto';

@ApiTags('corrections')
@CaseResponseHeaders()
@Controller('cases/:caseId')
export class CorrectNoteHttpController {
  constructor(private readonly sender: CaseCommandSender) {}

  @Post('notes/:noteId/corrections')
  @HttpCode(201)
  @ApiOperation({ summary: 'Correct a note (its text and who may read it) with a reason; allowed on resolved cases too' })
  handle(
    @Param('caseId') caseId: string,
    @Param('noteId') noteId: string,
    @Body() body: CorrectNoteRequest,
    @CommandOriginParam() origin: CommandRequestOrigin,
  ) {
    return this.sender.send(
      caseId,
      { type: 'CorrectNote', data: { noteId, text: body.text, visibility: body.visibility, correctionReason: body.correctionReason } },
      origin,
      { noteId },
    );
  }
}
