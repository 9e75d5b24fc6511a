import type { CaseCommand, CompleteFinalRepairOpportunity, NotifyManufacturer, OfferFinalRepairOpportunity } from './case.commands';
import type { CaseEvent, NoticeMethod } from './case.events';
import { BRAKES, INFOTAINMENT, caseOpened, givenCase, openWithRepair } from './case.spec-helpers';

const notify = (
  overrides: { sentOn?: string; receivedOn?: string; nonconformityIds?: string[]; noticeId?: string } = {},
): NotifyManufacturer => ({
  type: 'NotifyManufacturer',
  data: {
    noticeId: 'n-1',
    sentOn: '2024-05-06',
    method: 'certified_mail' as NoticeMethod,
    receivedOn: '2024-05-09',
    nonconformityIds: [BRAKES],
    ...overrides,
  },
});
const offer = (
  overrides: { offeredOn?: string; nonconformityIds?: string[]; opportunityId?: string } = {},
): OfferFinalRepairOpportunity => ({
  type: 'OfferFinalRepairOpportunity',
  data: { opportunityId: 'op-1', offeredOn: '2024-05-20', nonconformityIds: [BRAKES], ...overrides },
});
const complete = (completedOn = '2024-06-04', opportunityId = 'op-1'): CompleteFinalRepairOpportunity => ({
  type: 'CompleteFinalRepairOpportunity',
  data: { opportunityId, completedOn, outcome: 'not_fixed' },
});
const offered: CaseEvent = {
  type: 'FinalRepairOpportunityOffered',
  data: { opportunityId: 'op-1', offeredOn: '2024-05-20', nonconformityIds: [BRAKES] },
};

describe('manufacturer contact', () => {
  describe('when the case is open', () => {
    describe('NotifyManufacturer', () => {
      it('records the written notice', () => {
        const command = notify({ nonconformityIds: [BRAKES, INFOTAINMENT] });
        givenCase(openWithRepair())
          .when(command)
          .then([{ type: 'ManufacturerNotified', data: command.data }]);
      });

      it('records a notice not yet received, received the same day, or naming no specific defect', () => {
        for (const command of [notify({ receivedOn: undefined }), notify({ receivedOn: '2024-05-06' }), notify({ nonconformityIds: [] })]) {
          givenCase(openWithRepair())
            .when(command)
            .then([{ type: 'ManufacturerNotified', data: command.data }]);
        }
      });

      it.each<[string, Parameters<typeof notify>[0], string]>([
        ['sentOn', { sentOn: '2024-10-01', receivedOn: undefined }, 'notice sent date 2024-10-01 is in the future'],
        ['receivedOn', { receivedOn: '2024-10-04' }, 'notice received date 2024-10-04 is in the future'],
        ['receivedOn', { receivedOn: '2024-05-05' }, 'notice received date 2024-05-05 is before the notice was sent on 2024-05-06'],
        [
          'sentOn',
          { sentOn: '2024-01-02', receivedOn: '2024-01-05' },
          'notice sent date 2024-01-02 is before the vehicle was delivered on 2024-01-10',
        ],
        ['nonconformityIds', { nonconformityIds: [BRAKES, 'nc-ac', 'nc-sunroof'] }, 'unknown nonconformity "nc-ac", "nc-sunroof"'],
      ])('refuses an impossible %s', (field, overrides, message) => {
        givenCase(openWithRepair()).when(notify(overrides)).thenThrows('rule_violation', message, field);
      });

      it('refuses a reused notice id', () => {
        const first = notify();
        givenCase([...openWithRepair(), { type: 'ManufacturerNotified', data: first.data } as CaseEvent])
          .when(notify({ sentOn: '2024-06-01', receivedOn: undefined }))
          .thenThrows('rule_violation', 'manufacturer notice n-1 already exists', 'noticeId');
      });
    });

    describe('OfferFinalRepairOpportunity', () => {
      it('records the offer', () => {
        givenCase(openWithRepair())
          .when(offer())
          .then([{ type: 'FinalRepairOpportunityOffered', data: offer().data }]);
      });

      it.each<[string, Parameters<typeof offer>[0], string]>([
        ['offeredOn', { offeredOn: '2024-10-01' }, 'final repair offer date 2024-10-01 is in the future'],
        ['offeredOn', { offeredOn: '2024-01-09' }, 'final repair offer date 2024-01-09 is before the vehicle was delivered on 2024-01-10'],
        ['nonconformityIds', { nonconformityIds: ['nc-ac'] }, 'unknown nonconformity "nc-ac"'],
      ])('refuses an impossible %s', (field, overrides, message) => {
        givenCase(openWithRepair()).when(offer(overrides)).thenThrows('rule_violation', message, field);
      });

      it('refuses to complete an opportunity never offered', () => {
        givenCase([caseOpened()])
          .when(complete())
          .thenThrows('rule_violation', 'there is no final repair opportunity op-1 on this case', 'opportunityId');
      });
    });
  });

  describe('when a final repair opportunity was offered', () => {
    const history = () => [...openWithRepair(), offered];

    it('records its completion', () => {
      givenCase(history())
        .when(complete())
        .then([{ type: 'FinalRepairOpportunityCompleted', data: complete().data }]);
    });

    it('refuses a reused opportunity id', () => {
      givenCase(history()).when(offer()).thenThrows('rule_violation', 'final repair opportunity op-1 already exists', 'opportunityId');
    });

    it('refuses a completion before the offer', () => {
      givenCase(history())
        .when(complete('2024-05-19'))
        .thenThrows(
          'rule_violation',
          'final repair completion date 2024-05-19 is before the opportunity was offered on 2024-05-20',
          'completedOn',
        );
    });

    it('refuses a completion in the future', () => {
      givenCase(history())
        .when(complete('2024-10-01'))
        .thenThrows('rule_violation', 'final repair completion date 2024-10-01 is in the future', 'completedOn');
    });

    it('refuses to complete an unknown opportunity', () => {
      givenCase(history())
        .when(complete('2024-06-04', 'op-2'))
        .thenThrows('rule_violation', 'there is no final repair opportunity op-2', 'opportunityId');
    });
  });

  describe('when the final repair opportunity was completed', () => {
    it('refuses a second completion', () => {
      const completed: CaseEvent = {
        type: 'FinalRepairOpportunityCompleted',
        data: { opportunityId: 'op-1', completedOn: '2024-06-04', outcome: 'not_fixed' },
      };
      givenCase([...openWithRepair(), offered, completed])
        .when(complete('2024-06-10'))
        .thenThrows('rule_violation', 'final repair opportunity op-1 was already completed on 2024-06-04', 'opportunityId');
    });
  });
});
