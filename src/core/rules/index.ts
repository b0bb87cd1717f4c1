// The registry: every rule Redline has, in the order of RULES.md. The only list of rules.
import type { Rule } from '../rule';
import redLinesMissing from './red-lines-missing';
import redLinesTooFew from './red-lines-too-few';
import personasBeforeFailureModes from './personas-before-failure-modes';
import tlcMissing from './tlc-missing';
import taskPrecisionMissing from './task-precision-missing';
import latencyToleranceMissing from './latency-tolerance-missing';
import confidenceFloorMissing from './confidence-floor-missing';
import latencyWithoutPercentile from './latency-without-percentile';
import hallucinationRateMissing from './hallucination-rate-missing';
import driftMetricMissing from './drift-metric-missing';
import productionSignalMissing from './production-signal-missing';
import feedbackLoopMissing from './feedback-loop-missing';
import unmeasuredImprovement from './unmeasured-improvement';
import postProcessingFix from './post-processing-fix';
import shipDateSuccess from './ship-date-success';
import humanFallbackMissing from './human-fallback-missing';
import fallbackLadderIncomplete from './fallback-ladder-incomplete';
import evalPlanMissing from './eval-plan-missing';
import harmMetricMissing from './harm-metric-missing';
import approachUnjustified from './approach-unjustified';
import misuseMitigationMissing from './misuse-mitigation-missing';
import privacyBoundaryMissing from './privacy-boundary-missing';
import launchStory from './launch-story';
import storyLatentRiskMissing from './story-latent-risk-missing';
import storyConstraintMissing from './story-constraint-missing';
import storyPreventedCostMissing from './story-prevented-cost-missing';
import ownershipVerbs from './ownership-verbs';
import stabilityOverTimeMissing from './stability-over-time-missing';

export const RULES: readonly Rule[] = [
  redLinesMissing,
  redLinesTooFew,
  personasBeforeFailureModes,
  tlcMissing,
  taskPrecisionMissing,
  latencyToleranceMissing,
  confidenceFloorMissing,
  latencyWithoutPercentile,
  hallucinationRateMissing,
  driftMetricMissing,
  productionSignalMissing,
  feedbackLoopMissing,
  unmeasuredImprovement,
  postProcessingFix,
  shipDateSuccess,
  humanFallbackMissing,
  fallbackLadderIncomplete,
  evalPlanMissing,
  harmMetricMissing,
  approachUnjustified,
  misuseMitigationMissing,
  privacyBoundaryMissing,
  launchStory,
  storyLatentRiskMissing,
  storyConstraintMissing,
  storyPreventedCostMissing,
  ownershipVerbs,
  stabilityOverTimeMissing,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
