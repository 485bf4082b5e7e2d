/** Emulation movements, registrations, clusters, initiatives and exemplars (published API: services, records, enums). */
package vn.thidua.campaigns;
