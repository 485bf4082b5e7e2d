/** The application's data source: H2 by default, PostgreSQL by configuration. */
package vn.thidua.webapp.persistence;
