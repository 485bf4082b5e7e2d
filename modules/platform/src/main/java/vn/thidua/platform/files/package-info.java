/** Uploaded documents: the accepted types recognised from their content. */
package vn.thidua.platform.files;
