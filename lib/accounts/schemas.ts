import { z } from "zod";

export const SignUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Name must be at most 100 characters."),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.").max(254)),
  password: z.string().min(8, "Use at least 8 characters.").max(200, "Use at most 200 characters."),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

export const SignInInput = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().min(1).max(200),
});
