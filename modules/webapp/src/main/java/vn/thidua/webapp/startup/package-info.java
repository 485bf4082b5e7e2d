/** What runs when the application is deployed: migrations, first-start bootstrap, readiness. */
package vn.thidua.webapp.startup;
