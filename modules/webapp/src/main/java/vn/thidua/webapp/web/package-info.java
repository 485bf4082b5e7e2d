/** Backing beans of the WAR's own pages: sign-in, layout, language, home. */
package vn.thidua.webapp.web;
