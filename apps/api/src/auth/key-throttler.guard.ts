import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Principal } from '@lemon/access';

/** Rate limits count per API key across all routes (per client address for unauthenticated routes). */
@Injectable()
export class KeyThrottlerGuard extends ThrottlerGuard {
  /** The library's default key includes the route; ours is the caller's alone. */
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const principal = request.principal as Principal | undefined;
    return principal ? `key:${principal.apiKeyId ?? `session:${principal.sessionId}`}` : `ip:${String(request.ip)}`;
  }
}
