import { Tabs } from '@mantine/core';
import type { CaseSummary } from '../api/types';
import { DocumentsTab } from './DocumentsTab';
import { ImportTab } from './ImportTab';
import { ManufacturerTab } from './ManufacturerTab';
import { RestitutionTab } from './RestitutionTab';

/**
 * The case page's tabs for paperwork (issue 11 with the documents / restitution / directory / import
 * API): the case page renders `tabs` inside its Tabs.List and `panels` inside its Tabs. Read-only
 * readers see them without forms; another organisation is told restitution and documents stay with the firm.
 */
export function paperworkTabs(summary: CaseSummary, readOnly: boolean) {
  return {
    tabs: [
      <Tabs.Tab key="documents" value="documents">
        Documents
      </Tabs.Tab>,
      <Tabs.Tab key="money" value="money">
        Restitution
      </Tabs.Tab>,
      <Tabs.Tab key="manufacturer" value="manufacturer">
        Manufacturer
      </Tabs.Tab>,
      ...(readOnly
        ? []
        : [
            <Tabs.Tab key="import" value="import">
              Import CSV
            </Tabs.Tab>,
          ]),
    ],
    panels: [
      <Tabs.Panel key="documents" value="documents" pt="sm">
        <DocumentsTab caseId={summary.caseId} readOnly={readOnly} />
      </Tabs.Panel>,
      <Tabs.Panel key="money" value="money" pt="sm">
        <RestitutionTab caseId={summary.caseId} readOnly={readOnly} />
      </Tabs.Panel>,
      <Tabs.Panel key="manufacturer" value="manufacturer" pt="sm">
        <ManufacturerTab summary={summary} readOnly={readOnly} />
      </Tabs.Panel>,
      ...(readOnly
        ? []
        : [
            <Tabs.Panel key="import" value="import" pt="sm">
              <ImportTab caseId={summary.caseId} />
            </Tabs.Panel>,
          ]),
    ],
  };
}
