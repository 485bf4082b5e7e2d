/** REST support shared by the modules' resources: RFC 9457 problem details and role checks (published API). */
package vn.thidua.platform.rest;
