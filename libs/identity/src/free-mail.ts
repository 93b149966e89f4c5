/**
 * Free-mail domains: an address at one of these says nothing about the
 * person's company, so it never makes a unified account. A short list of the
 * largest consumer mailbox providers (and their main regional variants),
 * drawn from HubSpot's list of free email domains its forms can block
 * (https://knowledge.hubspot.com/forms/what-domains-are-blocked-when-using-the-forms-email-domain-to-block-option)
 * and Google Workspace's, Microsoft's, Apple's, Yahoo's, Proton's and Zoho's
 * own consumer domains. Short on purpose: a missing long-tail provider makes
 * one small extra account, a wrong entry would hide a real company.
 */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'zoho.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'mail.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
  '126.com',
  'fastmail.com',
  'hey.com',
  'tutanota.com',
];

const FREE = new Set(FREE_MAIL_DOMAINS);

/**
 * Whether an address (or a bare domain) is at a free-mail provider.
 *
 * @example
 * isFreeMail('Ann@Gmail.com') // true
 * isFreeMail('ann@acme.io') // false
 */
export function isFreeMail(emailOrDomain: string): boolean {
  const domain = emailOrDomain
    .slice(emailOrDomain.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();
  return FREE.has(domain);
}
