/** The audit trail: stamping revisions and reading what changed. */
package org.stockroom.persistence.audit;
