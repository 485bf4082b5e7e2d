/** JAX-RS resources of the organisation part of the public API (internal). */
package vn.thidua.organisation.internal.rest;
