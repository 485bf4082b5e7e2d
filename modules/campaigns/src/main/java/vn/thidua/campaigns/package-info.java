/** Emulation movements, registrations, clusters and blocs, scoring, reviews, initiatives and exemplars (published API; nothing published yet). */
package vn.thidua.campaigns;
