import nodemailer from "nodemailer";
import type { Logger } from "../../logger.js";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends email through SMTP_URL; without it, mail is logged instead (nothing leaves the machine). */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}

export function createMailer(smtpUrl: string | undefined, from: string, logger: Logger): Mailer {
  if (!smtpUrl)
    return {
      send: async (mail) =>
        logger.info({ to: mail.to, subject: mail.subject }, "email not sent: SMTP_URL is unset"),
    };
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
  };
}
