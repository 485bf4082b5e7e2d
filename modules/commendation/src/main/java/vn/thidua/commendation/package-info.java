/** Catalogue, commendation records, corrections, revocations and history (published API: services, records, enums). */
package vn.thidua.commendation;
