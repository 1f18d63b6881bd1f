/** Users, their roles and what each role may do. */
package org.stockroom.domain.access;
