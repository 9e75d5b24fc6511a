import { ReadModels1732262400000 } from './1732262400000-read-models';
import { CasePresumptionStatus1732348800000 } from './1732348800000-case-presumption-status';
import { DeadlineDocket1732521600000 } from './1732521600000-deadline-docket';
import { CaseSharing1732780800000 } from './1732780800000-case-sharing';
import { SplitProjections1764316800000 } from './1764316800000-split-projections';
import { ListAndDocketNames1764374400000 } from './1764374400000-list-and-docket-names';

/** Every read-model migration, in order; run at start-up. */
export const READ_MODEL_MIGRATIONS = [
  ReadModels1732262400000,
  CasePresumptionStatus1732348800000,
  DeadlineDocket1732521600000,
  CaseSharing1732780800000,
  SplitProjections1764316800000,
  ListAndDocketNames1764374400000,
];
