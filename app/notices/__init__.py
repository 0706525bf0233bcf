"""Printed notices 公示/通报/协议书/工单 (reportlab PDFs after GB/T 9704 practice), their
fonts, their register (number, subject, who, when, SHA-256) and the periodic reports."""
