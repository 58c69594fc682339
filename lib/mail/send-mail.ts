import nodemailer, { type Transporter } from "nodemailer";
import { config } from "@/config";

let cached: { url: string; transporter: Transporter } | undefined;

/** Whether mail can be sent (SMTP_URL is set): the UI offers "Forgot password" links by mail only then. */
export function mailEnabled(): boolean {
  return config().mail !== null;
}

/** Sends one plain-text message through SMTP_URL. Throws when mail is not configured or the server refuses. */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  const mail = config().mail;
  if (!mail) throw new Error("sendMail: SMTP_URL is not set");
  if (cached?.url !== mail.smtpUrl) cached = { url: mail.smtpUrl, transporter: nodemailer.createTransport(mail.smtpUrl) };
  await cached.transporter.sendMail({ from: mail.from, ...message });
}

/** A link into the app for a mail: always from APP_URL (config requires it with SMTP_URL), never a request's Host. */
export function appLink(path: string): string {
  const base = config().appUrl;
  if (!base) throw new Error("appLink: APP_URL is not set");
  return `${base}${path}`;
}
