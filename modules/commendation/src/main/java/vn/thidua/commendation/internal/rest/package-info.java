/** JAX-RS resources of the commendations part of the public API (internal). */
package vn.thidua.commendation.internal.rest;
