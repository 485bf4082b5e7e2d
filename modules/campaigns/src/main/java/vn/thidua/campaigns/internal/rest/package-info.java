/** JAX-RS resources of the campaigns module (internal). */
package vn.thidua.campaigns.internal.rest;
