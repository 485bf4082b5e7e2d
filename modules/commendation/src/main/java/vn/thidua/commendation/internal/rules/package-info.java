/** The eligibility engine: conditions of a rule set evaluated against the facts of a recipient (internal, no database). */
package vn.thidua.commendation.internal.rules;
