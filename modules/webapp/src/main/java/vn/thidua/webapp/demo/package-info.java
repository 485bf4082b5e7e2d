/**
 * The demonstration province an administrator of an empty installation can load from the home page: units,
 * people, ratings, decided commendations, a movement, a cluster being scored and a nomination in progress, all
 * written through the modules' services (checked, audited) and never onto a database that holds data.
 */
package vn.thidua.webapp.demo;
