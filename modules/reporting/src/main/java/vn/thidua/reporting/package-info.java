/**
 * Statistics, statutory forms 0601-0603, dashboards and exports, read from the other modules' published APIs
 * (published API: the report records and services).
 */
package vn.thidua.reporting;
