/** Units, accounts and their role grants (published API: services, records, enums). */
package vn.thidua.organisation;
