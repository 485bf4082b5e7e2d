/** Catalogue, rule sets and eligibility, nominations, ballots, decisions, revocation and history (published API; nothing published yet). */
package vn.thidua.commendation;
