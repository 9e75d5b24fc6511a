import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOCK, type Clock } from '@lemon/platform';
import type { DataSource } from 'typeorm';

export interface OrganisationProfileFields {
  address?: string | null;
  phone?: string | null;
  barNumber?: string | null;
}

export interface UserSignatureFields {
  signatureLines?: string[];
  barNumber?: string | null;
}

/** The letterhead and signature lines generated letters print; kept apart from identity data. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private now(): Date {
    return new Date(this.clock.now().epochMilliseconds);
  }

  async organisationProfile(organisationId: string): Promise<{ address: string | null; phone: string | null; barNumber: string | null }> {
    const rows: Array<Record<string, string | null>> = await this.dataSource.query(
      'SELECT address, phone, bar_number FROM doc_organisation_profiles WHERE organisation_id = $1',
      [organisationId],
    );
    const row = rows[0];
    return { address: row?.address ?? null, phone: row?.phone ?? null, barNumber: row?.bar_number ?? null };
  }

  /** Only the fields given change; null clears one. */
  async updateOrganisationProfile(organisationId: string, fields: OrganisationProfileFields) {
    const current = await this.organisationProfile(organisationId);
    const next = {
      address: fields.address === undefined ? current.address : fields.address,
      phone: fields.phone === undefined ? current.phone : fields.phone,
      barNumber: fields.barNumber === undefined ? current.barNumber : fields.barNumber,
    };
    await this.dataSource.query(
      `INSERT INTO doc_organisation_profiles (organisation_id, address, phone, bar_number, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organisation_id) DO UPDATE SET address = $2, phone = $3, bar_number = $4, updated_at = $5`,
      [organisationId, next.address, next.phone, next.barNumber, this.now()],
    );
    return next;
  }

  async userSignature(userId: string): Promise<{ signatureLines: string[]; barNumber: string | null }> {
    const rows: Array<{ signature_lines: string[]; bar_number: string | null }> = await this.dataSource.query(
      'SELECT signature_lines, bar_number FROM doc_user_signatures WHERE user_id = $1',
      [userId],
    );
    return { signatureLines: rows[0]?.signature_lines ?? [], barNumber: rows[0]?.bar_number ?? null };
  }

  async updateUserSignature(userId: string, fields: UserSignatureFields) {
    const current = await this.userSignature(userId);
    const next = {
      signatureLines: fields.signatureLines ?? current.signatureLines,
      barNumber: fields.barNumber === undefined ? current.barNumber : fields.barNumber,
    };
    await this.dataSource.query(
      `INSERT INTO doc_user_signatures (user_id, signature_lines, bar_number, updated_at) VALUES ($1, $2::jsonb, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET signature_lines = $2::jsonb, bar_number = $3, updated_at = $4`,
      [userId, JSON.stringify(next.signatureLines), next.barNumber, this.now()],
    );
    return next;
  }
}
