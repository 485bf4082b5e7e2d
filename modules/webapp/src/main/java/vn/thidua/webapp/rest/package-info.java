/** The JAX-RS application of the public API, /api/v1. */
package vn.thidua.webapp.rest;
