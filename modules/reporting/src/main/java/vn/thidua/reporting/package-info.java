/** Statistics, statutory forms 0601-0603, dashboards and exports, read from the other modules' APIs (published API; nothing published yet). */
package vn.thidua.reporting;
