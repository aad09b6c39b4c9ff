// A rule as people see it: its short Chinese name first, the id as a small secondary tag (the
// id is what the README, the CLI and a colleague on the phone can search for).
import { findingTitle, type Finding } from '../../../shared';

export function RuleLabel({ f }: { f: Pick<Finding, 'rule' | 'title'> }) {
  return (
    <span className="rule-label">
      <span className="rule-name">{findingTitle(f)}</span>
      <span className="rule">{f.rule}</span>
    </span>
  );
}
