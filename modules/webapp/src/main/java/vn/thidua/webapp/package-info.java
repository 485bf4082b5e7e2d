/** The one WAR that assembles the modules (nothing here is API for other modules). */
package vn.thidua.webapp;
