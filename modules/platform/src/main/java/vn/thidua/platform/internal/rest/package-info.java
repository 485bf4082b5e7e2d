/** JAX-RS resources of the platform: the audit chain check (internal). */
package vn.thidua.platform.internal.rest;
