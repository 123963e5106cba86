export { enqueueMail, type MailRequest } from './outbox.js';
export { MailSender, retryDelayMs } from './sender.js';
export { MailCapture, type CapturedMail } from './capture.js';
export { renderMail, templateNames, type TemplateName } from './templates.js';
export { accountAddresses, mailLanguage, type MailAddress } from './addresses.js';
