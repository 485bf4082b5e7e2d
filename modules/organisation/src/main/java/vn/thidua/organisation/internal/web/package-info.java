/** Screens of the organisation module: unit tree, people list, person page (internal). */
package vn.thidua.organisation.internal.web;
