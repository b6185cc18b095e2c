import { peopleRequired } from './people-required.js'
import { requiredSectionsRule } from './required-sections.js'
import { titleHeading } from './title-heading.js'
import { titleMatchesFile } from './title-matches-file.js'
import { trackingLink } from './tracking-link.js'

/** The rules of OpenShift's own checks, in the order the rules page lists them: metadata-lint's, then template-lint's. */
export const OPENSHIFT_RULES = [titleMatchesFile, trackingLink, peopleRequired, requiredSectionsRule, titleHeading] as const
