/** Users, sign-in and the permission check every data-changing command goes through. */
package org.stockroom.service.access;
