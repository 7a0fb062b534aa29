/**
 * Provides at once the modules that elements otherwise import the first time they need them
 * (on-demand.ts): the plan feed, the context of an enclosing `<plan-data>`, and a gauge's reading of
 * an indicator. For whoever takes every element at once (the index, which the site's server render
 * and plan-kit-all.js use, and the loader's every-element file), so that a plan object is checked
 * in the render that shows it, with no import to wait for: the plan loader and validator
 * (plan-loading.ts) too.
 */
import { formatDate } from '@plan-kit/content';
import { gaugeFromPlan } from '../plan-progress-gauge/plan-progress-gauge.js';
import { assessmentLines, changeRows, indicatorFigures } from '../plan-progress-gauge/gauge-indicator.js';
import { planDataContext, planLoading } from './on-demand.js';
import { planFeed } from './plan-element.js';
import { consumePlanContext } from './plan-data-context.js';
import { PlanFeed, errorDetail } from './plan-feed.js';
import * as planLoadingModule from './plan-loading.js';

planDataContext.provide({ consumePlanContext });
planFeed.provide({ PlanFeed, errorDetail });
gaugeFromPlan.provide({ assessmentLines, changeRows, indicatorFigures, formatDate });
planLoading.provide(planLoadingModule);
