import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Principal } from '@lemon/access';

/** Rate limits count per API key (per client address for unauthenticated routes). */
@Injectable()
export class KeyThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const principal = request.principal as Principal | undefined;
    return principal ? `key:${principal.apiKeyId}` : `ip:${String(request.ip)}`;
  }
}
