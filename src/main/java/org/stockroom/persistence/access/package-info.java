/** The sign-in tables read and written in plain SQL: who exists, and the per-workstation failure counts. */
package org.stockroom.persistence.access;
